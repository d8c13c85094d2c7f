/**
 * The `chat.*` settings, validated, and the two role conditions that choose the beans in
 * which server and client differ.
 */
@NullMarked
package io.github.comunicacaosockets.config;

import org.jspecify.annotations.NullMarked;
