package org.vaxline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.vaxline.platform.control.ClusterNodes;

/** Counts every API response for the node's heartbeat, which operators watch as live load. */
@Provider
public class RequestTally implements ContainerResponseFilter {

  @Inject ClusterNodes cluster;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    cluster.countRequest();
  }
}
