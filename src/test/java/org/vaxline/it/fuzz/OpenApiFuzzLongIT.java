package org.vaxline.it.fuzz;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Tag;

/** The full fuzz of {@code mvn verify -Plong}: a hundred batches a principal. */
@Tag("long")
@PropertyDefaults(tries = 100)
class OpenApiFuzzLongIT extends OpenApiFuzz {}
