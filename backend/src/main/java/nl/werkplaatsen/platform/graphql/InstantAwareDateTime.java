package nl.werkplaatsen.platform.graphql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DateTime} scalar of graphql-java-extended-scalars, also serialising the
 * {@link Instant}s the entities keep (as UTC).
 */
final class InstantAwareDateTime {

	@SuppressWarnings("unchecked")
	private static final Coercing<Object, String> DELEGATE = (Coercing<Object, String>) ExtendedScalars.DateTime
		.getCoercing();

	static final GraphQLScalarType SCALAR = ExtendedScalars.DateTime
		.transform((builder) -> builder.coercing(new Coercing<Object, String>() {

			@Override
			public @Nullable String serialize(Object value, GraphQLContext context, Locale locale)
					throws CoercingSerializeException {
				Object dateTime = (value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value;
				return DELEGATE.serialize(dateTime, context, locale);
			}

			@Override
			public @Nullable Object parseValue(Object input, GraphQLContext context, Locale locale)
					throws CoercingParseValueException {
				return DELEGATE.parseValue(input, context, locale);
			}

			@Override
			public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) throws CoercingParseLiteralException {
				return DELEGATE.parseLiteral(input, variables, context, locale);
			}

		}));

	private InstantAwareDateTime() {
	}

}
