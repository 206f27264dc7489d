/**
 * A message lookup, as react-i18next's `t` offers one: a dotted key of the shared catalogs and
 * values to interpolate. Builders in src/shared take it as a parameter so the renderer passes
 * `t`, and tests and the server pass `translatorFor(catalog)`.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Catalog = { readonly [key: string]: string | Catalog };

/**
 * A Translate over one catalog, with i18next's `{{name}}` interpolation and `_one`/`_other`
 * plurals (English rules: enough for the catalogs' plural keys, which use only these two).
 * A missing key returns the key itself, as i18next does.
 */
export function translatorFor(catalog: Catalog): Translate {
  const lookUp = (key: string): string | undefined => {
    let node: string | Catalog | undefined = catalog;
    for (const part of key.split('.')) {
      node = typeof node === 'object' ? node[part] : undefined;
    }
    return typeof node === 'string' ? node : undefined;
  };
  return (key, values = {}) => {
    const count = values.count;
    const plural =
      typeof count === 'number' ? lookUp(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined;
    const message = plural ?? lookUp(key) ?? key;
    return message.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
