/**
 * Who may connect to the server, and what a refused client is told: the admission rules
 * and the refusal notice.
 */
@NullMarked
package io.github.comunicacaosockets.access;

import org.jspecify.annotations.NullMarked;
