package org.vaxline.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.platform.control.ClusterNodes;
import org.vaxline.platform.entity.NodeStatus;

/** For operators: the nodes of the cluster and the load each has served. */
@Path("operator/nodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NodesResource {

  @Inject ClusterNodes cluster;

  @GET
  public List<NodeStatus> nodes() {
    return cluster.list();
  }
}
