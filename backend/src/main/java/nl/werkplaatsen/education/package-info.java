/**
 * Education: the institutions and programmes of the national register, and the students a
 * werkplaats works with — their programme, themes, availability and how much they can
 * take on.
 */
@NullMarked
package nl.werkplaatsen.education;

import org.jspecify.annotations.NullMarked;
