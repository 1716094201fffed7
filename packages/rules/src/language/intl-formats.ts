/**
 * Intl formatters, built once per locale and options and then reused. Building one (loading the
 * locale's data) costs far more than formatting with it: a warranty check's explanation formats a
 * dozen dates, and answers are formatted on every request.
 *
 * Bounded: locales and time zones come from requests and tenants, so the memory is capped; past
 * the cap the oldest formatter is dropped and built again when needed.
 */
const MAX_FORMATTERS = 500;

function memoised<F, O extends object>(build: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const built = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let formatter = built.get(key);
    if (formatter === undefined) {
      formatter = build(locale, options);
      if (built.size >= MAX_FORMATTERS) built.delete(built.keys().next().value!);
      built.set(key, formatter);
    }
    return formatter;
  };
}

/** An `Intl.DateTimeFormat`, shared; throws as its constructor does (an unknown time zone, a bad locale). */
export const dateTimeFormat = memoised((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

/** An `Intl.NumberFormat`, shared; throws as its constructor does (an unknown currency). */
export const numberFormat = memoised((locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

/** An `Intl.DisplayNames`, shared. */
export const displayNames = memoised((locale: string, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames([locale], options));
