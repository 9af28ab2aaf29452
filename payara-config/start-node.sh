#!/usr/bin/env bash
# Starts one Vaxline node the way production runs every node: Payara Micro with the WAR at the root
# context, this folder's pre- and post-boot commands and JSON logging, and the cluster's name and
# discovery.
# The database and secrets come from the environment (VAXLINE_DB_URL, ...; manuals/operations.md),
# and so do the pool's sizes (VAXLINE_DB_POOL_MAX, ...), which post-boot-commands.asadmin reads.
#
#   VAXLINE_CLUSTER_MEMBERS  data-grid address of every node, listed one by one: 10.0.0.11:6900,10.0.0.12:6900
#   VAXLINE_NODE_ADDRESS     this node's address on the cluster network: 10.0.0.11
#   VAXLINE_DATA_GRID_PORT   this node's data-grid port (default 6900)
#   VAXLINE_HTTP_PORT        HTTP port (default 8080)
#   VAXLINE_NODE_NAME        name in logs and the cluster (default: the host name)
#   VAXLINE_CLUSTER_NAME     cluster name (default vaxline; nodes of other names never join)
#   VAXLINE_PASS_KEYSTORE, VAXLINE_PASS_KEYSTORE_PASSWORD, VAXLINE_PASS_SIGNER, VAXLINE_PASS_KEY
#                            the vaccine pass keystore and keys (manuals/operations.md)
#   PAYARA_MICRO_JAR, VAXLINE_WAR, VAXLINE_JAVA_OPTS   where the jar and the WAR are, JVM options
#
# Extra arguments are passed to Payara Micro.
set -euo pipefail
config=$(cd "$(dirname "$0")" && pwd)
: "${VAXLINE_CLUSTER_MEMBERS:?set VAXLINE_CLUSTER_MEMBERS, e.g. 10.0.0.11:6900,10.0.0.12:6900}"
: "${VAXLINE_NODE_ADDRESS:?set VAXLINE_NODE_ADDRESS to the address of this node on the cluster network}"
# post-boot-commands.asadmin hands the password to Payara inside double quotes, where '"' ends it
# and '\' is dropped: the node would start with a wrong password, so refuse it here, saying why.
case "${VAXLINE_DB_PASSWORD:-}" in
  *'"'* | *'\'*) echo 'VAXLINE_DB_PASSWORD must not contain " or \ (manuals/operations.md)' >&2; exit 2 ;;
esac
# shellcheck disable=SC2086 # VAXLINE_JAVA_OPTS holds several options
exec java ${VAXLINE_JAVA_OPTS:--Xmx4g} -jar "${PAYARA_MICRO_JAR:-payara-micro-6.2025.10.jar}" \
  --deploy "${VAXLINE_WAR:-vaxline.war}" --contextroot / --port "${VAXLINE_HTTP_PORT:-8080}" \
  --name "${VAXLINE_NODE_NAME:-$(hostname)}" \
  --prebootcommandfile "$config/pre-boot-commands.asadmin" \
  --postbootcommandfile "$config/post-boot-commands.asadmin" \
  --logproperties "$config/logging.properties" \
  --clustername "${VAXLINE_CLUSTER_NAME:-vaxline}" \
  --clustermode "tcpip:$VAXLINE_CLUSTER_MEMBERS" \
  --interfaces "$VAXLINE_NODE_ADDRESS" --hzpublicaddress "$VAXLINE_NODE_ADDRESS" \
  --startport "${VAXLINE_DATA_GRID_PORT:-6900}" \
  "$@"
