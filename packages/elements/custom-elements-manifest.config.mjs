// `pnpm manifest` writes custom-elements.json from the components' JSDoc (package.json points to it).

/**
 * Lit's internal reactive state (`static properties = { x: { state: true } }`) is neither an
 * attribute nor public API; private `#members` are not either. The analyzer lists both: drop them.
 */
function hideInternalState() {
  /** @type {Map<string, Set<string>>} class name → state property names */
  const statesByClass = new Map();
  return {
    name: 'sav-hide-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) {
            const names = statesByClass.get(node.name.text) ?? new Set();
            names.add(property.name.getText());
            statesByClass.set(node.name.text, names);
          }
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const states = statesByClass.get(declaration.name) ?? new Set();
        if (declaration.members) {
          declaration.members = declaration.members.filter((member) => !states.has(member.name) && !member.name.startsWith('#'));
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !states.has(attribute.fieldName ?? ''));
        }
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * The modules in path order: the analyzer lists them in the order the file system hands the files
 * over, which differs between checkouts, and the manifest is compared with a fresh one in CI.
 */
function modulesInPathOrder() {
  return {
    name: 'sav-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [hideInternalState(), modulesInPathOrder()],
};
