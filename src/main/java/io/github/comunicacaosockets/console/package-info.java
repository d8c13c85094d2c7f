/**
 * The Spring Shell console: the commands a person types and the lines shown as things
 * happen, in the console's language.
 */
@NullMarked
package io.github.comunicacaosockets.console;

import org.jspecify.annotations.NullMarked;
