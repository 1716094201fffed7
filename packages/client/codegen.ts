import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { fileURLToPath } from 'node:url';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Where the generated client lives, relative to this package. Tests override it to compare. */
export const generatedDirectory = 'src/generated/';

/**
 * The codegen configuration, as a function so that the drift test can generate the same output
 * into a temporary folder.
 */
export function codegenConfig(outputDirectory: string = here(generatedDirectory)): CodegenConfig {
  const directory = outputDirectory.endsWith('/') ? outputDirectory : `${outputDirectory}/`;
  return {
    overwrite: true,
    silent: true,
    schema: here('../gateway/schema.graphql'),
    documents: [here('src/operations/*.ts')],
    ignoreNoDocuments: false,
    generates: {
      [directory]: {
        // The preset itself rather than its name: resolved from this package whatever the working directory.
        preset: clientPreset,
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          importExtension: '.js',
          useTypeImports: true,
          enumsAsTypes: true,
          skipTypename: false,
          strictScalars: true,
          scalars: {
            Date: { input: 'string', output: 'string' },
            DateTime: { input: 'string', output: 'string' },
          },
        },
      },
    },
  };
}

const config: CodegenConfig = codegenConfig();
export default config;
