// The valuation area: filled by its issue.
export {};
