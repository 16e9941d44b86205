// The evaluation area: filled by its issue.
export {};
