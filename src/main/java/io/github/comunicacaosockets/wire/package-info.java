/**
 * What the bytes on the wire are: the bit codec and its checks, the framings, and why a
 * frame is not delivered.
 */
@NullMarked
package io.github.comunicacaosockets.wire;

import org.jspecify.annotations.NullMarked;
