/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WarrantyCheck($input: WarrantyCheckInput!) {\n    warrantyCheck(input: $input) {\n      __typename\n      ... on WarrantyCheck {\n        productModel\n        purchaseDate\n        asOf\n        status\n        paidRepairAvailable\n        explanation\n        product {\n          model\n          name\n          brand\n          category\n        }\n        coverages {\n          part\n          startsOn\n          endsOn\n          active\n          daysLeft\n          extendedByDays\n          policyName\n        }\n        remedies {\n          kind\n          until\n        }\n        exclusions {\n          code\n          description\n        }\n        legalRights {\n          jurisdiction\n          kind\n          startsOn\n          endsOn\n          presumptionEndsOn\n          active\n          liable\n          source\n          sourceUrl\n          explanation\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on InvalidInput {\n        field\n      }\n    }\n  }\n": typeof types.WarrantyCheckDocument,
};
const documents: Documents = {
    "\n  query WarrantyCheck($input: WarrantyCheckInput!) {\n    warrantyCheck(input: $input) {\n      __typename\n      ... on WarrantyCheck {\n        productModel\n        purchaseDate\n        asOf\n        status\n        paidRepairAvailable\n        explanation\n        product {\n          model\n          name\n          brand\n          category\n        }\n        coverages {\n          part\n          startsOn\n          endsOn\n          active\n          daysLeft\n          extendedByDays\n          policyName\n        }\n        remedies {\n          kind\n          until\n        }\n        exclusions {\n          code\n          description\n        }\n        legalRights {\n          jurisdiction\n          kind\n          startsOn\n          endsOn\n          presumptionEndsOn\n          active\n          liable\n          source\n          sourceUrl\n          explanation\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on InvalidInput {\n        field\n      }\n    }\n  }\n": types.WarrantyCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarrantyCheck($input: WarrantyCheckInput!) {\n    warrantyCheck(input: $input) {\n      __typename\n      ... on WarrantyCheck {\n        productModel\n        purchaseDate\n        asOf\n        status\n        paidRepairAvailable\n        explanation\n        product {\n          model\n          name\n          brand\n          category\n        }\n        coverages {\n          part\n          startsOn\n          endsOn\n          active\n          daysLeft\n          extendedByDays\n          policyName\n        }\n        remedies {\n          kind\n          until\n        }\n        exclusions {\n          code\n          description\n        }\n        legalRights {\n          jurisdiction\n          kind\n          startsOn\n          endsOn\n          presumptionEndsOn\n          active\n          liable\n          source\n          sourceUrl\n          explanation\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on InvalidInput {\n        field\n      }\n    }\n  }\n"): typeof import('./graphql.js').WarrantyCheckDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
