package org.vaxline.it.fuzz;

import net.jqwik.api.PropertyDefaults;

/** The short fuzz of plain {@code mvn verify}: eight batches a principal, about two minutes. */
@PropertyDefaults(tries = 8)
class OpenApiFuzzIT extends OpenApiFuzz {}
