// A quality criterion of 20 points on the scale 0, 1, 3: a mark of 1 scores 1/3, so three such
// criteria show 6.666…667 each while their exact sum is 20 (docs/evaluation.md, "Scores").
export const thirdOf20 = (id: string) =>
  ({
    id,
    kind: 'quality',
    weight: 20,
    scoring: { method: 'scale', scale: { marks: [0, 1, 3] } },
  }) as const;
