// Currencies an offer may be in. Minor-unit digits come from Intl (ISO 4217), the
// locale only chooses how amounts are written (e.g. ₹25,00,000 for INR). Plain data: the browser
// formats money with it (the comparison matrix, the offer pages), so it is checked by
// tests/unit/offers-currencies.test.ts, not parsed with zod on every page start (decision 0025, Session 8).

export const CURRENCIES: { code: string; name: string; locale: string }[] = [
  { code: "USD", name: "US dollar", locale: "en-US" },
  { code: "EUR", name: "Euro", locale: "en-IE" },
  { code: "GBP", name: "Pound sterling", locale: "en-GB" },
  { code: "SGD", name: "Singapore dollar", locale: "en-SG" },
  { code: "HKD", name: "Hong Kong dollar", locale: "en-HK" },
  { code: "AUD", name: "Australian dollar", locale: "en-AU" },
  { code: "INR", name: "Indian rupee", locale: "en-IN" },
  { code: "CAD", name: "Canadian dollar", locale: "en-CA" },
  { code: "CHF", name: "Swiss franc", locale: "de-CH" },
  { code: "NZD", name: "New Zealand dollar", locale: "en-NZ" },
  { code: "JPY", name: "Japanese yen", locale: "ja-JP" },
  { code: "CNY", name: "Chinese yuan", locale: "zh-CN" },
  { code: "SEK", name: "Swedish krona", locale: "sv-SE" },
  { code: "PLN", name: "Polish złoty", locale: "pl-PL" },
];

export const CURRENCY_CODES = CURRENCIES.map((c) => c.code);
