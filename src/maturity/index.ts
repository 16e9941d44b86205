// The maturity area: filled by its issue.
export {};
