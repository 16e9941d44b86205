// The toms area: filled by its issue.
export {};
