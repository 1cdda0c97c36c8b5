// name: co_mentions
// title: Entities mentioned in the same articles
// description: >
//   The entities that articles mentioning an entity also mention, by number of shared articles,
//   with those articles' titles in alphabetical order. Uses article mentions only (not facts). The
//   engine counts the shared articles of every co-mentioned entity, keeps the `limit` first, and
//   reads titles for those only. Counts mention relationships: every writer merges them, one per
//   article and entity.
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: Name, alias or id of the entity.
//   - name: min_articles
//     type: int
//     default: 1
//     min: 1
//     description: Only entities sharing at least this many articles.
//   - name: limit
//     type: int
//     default: 1000
//     min: 1
//     max: 100000
//     description: At most this many entities, most shared articles first.
// result: table
MATCH (n:Entity {id: $entity})
MATCH (n)<-[:MENTIONS]-(src:Source)-[:MENTIONS]->(m:Entity)
WHERE m <> n
WITH n, m, count(src) AS articles
WHERE articles >= $min_articles
WITH n, m, articles, m.name AS entity
ORDER BY articles DESC, entity
LIMIT $limit
MATCH (m)<-[:MENTIONS]-(src:Source)-[:MENTIONS]->(n)
WITH m, entity, articles, src
WITH m, entity, articles, src.title AS title
ORDER BY title
WITH m, entity, articles, collect(title) AS titles
RETURN entity, m.id AS id, articles, titles
ORDER BY articles DESC, entity
