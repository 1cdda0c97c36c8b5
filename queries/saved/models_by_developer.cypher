// name: models_by_developer
// title: Models by developer
// description: >
//   Which organization developed which model (DEVELOPED facts, reference data included), with the
//   model's family, release date and whether its weights are open.
// params:
//   - name: organization
//     type: entity
//     description: Only this developer (name, alias or id); all when left out.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (o:Organization)-[r:DEVELOPED]->(m:Model)
WHERE ($organization IS NULL OR o.id = $organization)
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN o.name AS developer, m.name AS model, m.id AS model_id, m.family AS family,
       m.released AS released, m.open_weights AS open_weights, size(r.sources) AS sources
ORDER BY developer, model
