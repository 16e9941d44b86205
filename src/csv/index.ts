// The csv area: filled by its issue.
export {};
