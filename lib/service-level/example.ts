import exampleData from './example-catalogue.json';
import { catalogueSchema, type Catalogue } from './schema';

/**
 * The example catalogue Sidevogn ships with (`isExample: true`). It is parsed through the
 * schema at load, so a broken example fails the first test instead of reaching a caseworker.
 */
export function exampleCatalogue(): Catalogue {
  return catalogueSchema.parse(exampleData);
}
