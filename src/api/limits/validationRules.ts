import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../../config/config.js';

/**
 * GraphQL Armor's limits as validation rules: a query over a limit is refused
 * while it is validated, before any resolver (and so any database work) runs,
 * with a message that names the limit. The token limit is the parser's own
 * (`parseOptions.maxTokens`), the page size a plugin (it needs variables).
 */
export function validationRules(limits: Config['limits']): ValidationRule[] {
  // Report through the validation context (a GraphQL validation error), not by throwing,
  // which Apollo would turn into an internal error.
  const common = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...common, n: limits.maxAliases }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
    costLimitRule({ ...common, maxCost: limits.maxCost, ignoreIntrospection: true }),
  ] as ValidationRule[];
}
