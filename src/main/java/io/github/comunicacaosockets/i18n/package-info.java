/**
 * The console's words: the message bundles and the choice of language.
 */
@NullMarked
package io.github.comunicacaosockets.i18n;

import org.jspecify.annotations.NullMarked;
