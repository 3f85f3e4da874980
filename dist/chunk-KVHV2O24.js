import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);

// src/util/relation-name.ts
function relationLabel(schema, relation) {
  return schema && schema !== "public" ? `${schema}.${relation}` : relation;
}
function relationNames(label, schema) {
  if (schema !== void 0) {
    const bare = schema !== "public" && label.startsWith(`${schema}.`) ? label.slice(schema.length + 1) : label;
    return { bare, qualified: `${schema}.${bare}` };
  }
  const dot = label.indexOf(".");
  return dot < 0 ? { bare: label, qualified: `public.${label}` } : { bare: label.slice(dot + 1), qualified: label };
}

export {
  relationLabel,
  relationNames
};
