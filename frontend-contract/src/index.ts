// The package's entry point: the typed execute helper and, generated from the SDL and the
// example operations (`npm run generate`), every schema type and each example's typed document
// (`WerkplaatsBySlugDocument`, its `WerkplaatsBySlugQuery` and `WerkplaatsBySlugQueryVariables`).
export { execute, ExecuteError, LOCAL_ENDPOINT } from './execute.js';
export type { ExecuteOptions, ExecuteResult, GraphQlError, TypedDocument } from './execute.js';
export * from './gql/graphql.js';
