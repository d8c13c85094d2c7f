/**
 * The classroom page: the conversation as it happens, its bits, checks and signal, served
 * from the jar and fed live to browsers over Server-Sent Events.
 */
@NullMarked
package io.github.comunicacaosockets.classroom;

import org.jspecify.annotations.NullMarked;
