// Token amounts as people read them, in the page's language (the server's twin is Web/TokenDisplay.cs): thousands
// separators and decimal mark from Intl.NumberFormat, whole amounts without decimals, others with a fixed number of
// decimals (truncated: a balance is never shown larger than it is), "< 0.01" for a non-zero amount too small to
// show, and singular or plural from Intl.PluralRules ("1 token", "2 tokens").
(function () {
  "use strict";

  // The unit's names in one place, for the localization to come (Intl.PluralRules categories).
  const UNIT = { one: "token", other: "tokens" };
  const DEFAULT_DIGITS = 2;
  const lang = () => document.documentElement.lang || undefined;

  function parts(value, decimals, digits) {
    const units = BigInt(value);
    const negative = units < 0n;
    const magnitude = negative ? -units : units;
    const shown = magnitude / 10n ** BigInt(decimals - digits);
    const step = 10n ** BigInt(digits);
    return { negative, tiny: shown === 0n && magnitude !== 0n, whole: shown / step, fraction: shown % step };
  }

  function join(whole, fraction, digits) {
    const locale = lang();
    const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(whole);
    if (fraction === 0n) return text;
    const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal");
    return text + (mark ? mark.value : ".") + fraction.toString().padStart(digits, "0");
  }

  /** The amount alone ("1,234.50", "2", "< 0.01") of base units (string or bigint) with the token's decimals. */
  function amount(value, decimals = 18, digits = DEFAULT_DIGITS) {
    return text(value, decimals, digits).text;
  }

  function text(value, decimals, digits) {
    const p = parts(value, decimals, digits);
    const minus = new Intl.NumberFormat(lang()).formatToParts(-1).find((x) => x.type === "minusSign");
    const sign = p.negative ? (minus ? minus.value : "-") : "";
    if (p.tiny) {
      const smallest = digits === 0 ? join(1n, 0n, 0) : join(0n, 1n, digits);
      return { text: p.negative ? `> ${sign}${smallest}` : `< ${smallest}`, one: false };
    }
    return { text: sign + join(p.whole, p.fraction, digits), one: !p.negative && p.fraction === 0n && p.whole === 1n };
  }

  /** The amount with its unit, singular or plural as the page's language says ("1 token", "2.50 tokens"). */
  function withUnit(value, decimals = 18, digits = DEFAULT_DIGITS) {
    const t = text(value, decimals, digits);
    const category = t.one ? new Intl.PluralRules(lang()).select(1) : "other";
    return `${t.text} ${UNIT[category] || UNIT.other}`;
  }

  window.CityTokenAmounts = { amount, withUnit };
})();
