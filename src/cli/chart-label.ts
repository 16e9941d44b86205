/**
 * A name or label as a chart draws it: lone surrogates and noncharacters as U+FFFD. The library
 * takes a theme name, tag, bid or contract id of those alone (it is not blank), but a chart
 * refuses a label it would draw as nothing but U+FFFD; the command gives it the U+FFFD it draws,
 * so a report is still written. Internal to the CLI.
 */
export const chartLabel = (label: string): string =>
  label.replace(/[\p{Cs}\p{Noncharacter_Code_Point}]/gu, '\uFFFD');
