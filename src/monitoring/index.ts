// The monitoring area: filled by its issue.
export {};
