/**
 * The `chat.*` meters and the `tcp` health component that Actuator serves.
 */
@NullMarked
package io.github.comunicacaosockets.observability;

import org.jspecify.annotations.NullMarked;
