// The policy area: filled by its issue.
export {};
