// name: single_source_facts
// title: Facts backed by a single article
// description: >
//   Facts that exactly one article supports (reference-only background facts are left out): the
//   claims to check or corroborate first, with the article and the extraction confidence. At most
//   `limit` of them, in order. The fact types are read one at a time in the order of the listing,
//   each sorted with its own limit, and a type is not read at all once `limit` facts are found
//   (in a large graph most facts have one source: a few types fill the list).
// params:
//   - name: predicate
//     type: str
//     choices: [WORKS_AT, DEPARTED, JOINED, FOUNDED, BOARD_MEMBER_OF, VOTED_TO_REMOVE, DEVELOPED,
//               GRANTED_ACCESS, REVOKED_ACCESS, COLLABORATED_WITH, COMPETES_WITH, CRITICIZED, DELAYED,
//               INVESTED_IN, ACQUIRED, PARTNERED_WITH]
//     description: Only facts with this predicate; all when left out.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
//   - name: limit
//     type: int
//     default: 1000
//     min: 1
//     max: 100000
//     description: How many facts to list.
// result: table
WITH [] AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'ACQUIRED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:ACQUIRED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'ACQUIRED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'BOARD_MEMBER_OF') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:BOARD_MEMBER_OF]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'BOARD_MEMBER_OF'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'COLLABORATED_WITH') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:COLLABORATED_WITH]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'COLLABORATED_WITH'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'COMPETES_WITH') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:COMPETES_WITH]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'COMPETES_WITH'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'CRITICIZED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:CRITICIZED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'CRITICIZED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'DELAYED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:DELAYED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'DELAYED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'DEPARTED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:DEPARTED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'DEPARTED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'DEVELOPED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:DEVELOPED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'DEVELOPED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'FOUNDED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:FOUNDED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'FOUNDED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'GRANTED_ACCESS') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:GRANTED_ACCESS]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'GRANTED_ACCESS'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'INVESTED_IN') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:INVESTED_IN]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'INVESTED_IN'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'JOINED') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:JOINED]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'JOINED'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'PARTNERED_WITH') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:PARTNERED_WITH]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'PARTNERED_WITH'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'REVOKED_ACCESS') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:REVOKED_ACCESS]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'REVOKED_ACCESS'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'VOTED_TO_REMOVE') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:VOTED_TO_REMOVE]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'VOTED_TO_REMOVE'}) AS rows
}
WITH found + rows AS found
CALL {
  WITH found
  UNWIND CASE WHEN size(found) < $limit AND ($predicate IS NULL OR $predicate = 'WORKS_AT') THEN [true] ELSE [] END AS go
  MATCH (s)-[r:WORKS_AT]->(o)
  WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH r, s.name AS subject, o.name AS object
  ORDER BY subject, object
  LIMIT $limit
  RETURN collect({r: r, subject: subject, object: object, predicate: 'WORKS_AT'}) AS rows
}
WITH found + rows AS found
UNWIND found[..$limit] AS row
WITH row.r AS r, row.subject AS subject, row.predicate AS predicate, row.object AS object
OPTIONAL MATCH (src:Source)
WHERE src.id = r.sources[0]
RETURN subject, predicate, object, r.date AS date, r.confidence AS confidence, r.sources[0] AS source,
       src.title AS title
ORDER BY predicate, subject, object
