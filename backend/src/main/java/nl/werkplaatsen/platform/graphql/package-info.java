/**
 * GraphQL conventions shared by every module: global ids, Relay connections with keyset
 * cursors, user errors, limits and error classification.
 */
@NamedInterface("graphql")
@NullMarked
package nl.werkplaatsen.platform.graphql;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
