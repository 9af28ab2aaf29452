package org.vaxline.pass.verifier;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.upokecenter.cbor.CBORObject;
import java.util.stream.Collectors;

/**
 * The EU DCC JSON schema 1.3.0 (ehn-dcc-development/ehn-dcc-schema, bundled with its licence in the
 * resources). Its {@code $id} prefix is mapped to the classpath and remote fetching is off, so
 * validating never touches the network. Immutable once built, and safe to share between threads.
 */
final class DccSchema {

  private static final String ID_PREFIX = "https://id.uvci.eu/";
  private static final String CLASSPATH = "classpath:org/vaxline/pass/verifier/dcc-schema-1.3.0/";

  private final Schema schema;

  DccSchema() {
    var registry =
        SchemaRegistry.withDefaultDialect(
            // The schema annotates fields with the URI of their EU value set: not a constraint.
            Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("valueset-uri"))
                .build(),
            builder ->
                builder.schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, CLASSPATH))));
    schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + "DCC.combined-schema.json"));
    schema.initializeValidators();
  }

  /** Refuses a DCC (the map under hcert key 1) that the schema does not accept. */
  void check(CBORObject dcc) throws Rejection {
    var errors = schema.validate(dcc.ToJSONString(), InputFormat.JSON);
    if (!errors.isEmpty()) {
      throw new Rejection(
          HcertReason.SCHEMA,
          errors.stream().limit(3).map(Object::toString).collect(Collectors.joining("; ")));
    }
  }
}
