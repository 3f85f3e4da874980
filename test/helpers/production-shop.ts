/**
 * A "production" shop, skewed as real data is: 1% of orders pending, 60% of customers in one
 * country (and 30% in one postcode), heavy-hitter customers; an enum, an array, jsonb, a uuid, a
 * range, a partitioned table, a materialized view, an expression index and extended statistics
 * (on expressions from 14). Run VACUUM ANALYZE after it.
 */
export function shopSeed(major: number, { customers = 60000, orders = 200000 } = {}): string {
  return `
CREATE TYPE tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE customers (
  id bigint PRIMARY KEY, email text NOT NULL, country text NOT NULL, tier tier NOT NULL,
  token uuid NOT NULL, tags text[], prefs jsonb, postcode text NOT NULL);
INSERT INTO customers
SELECT i, 'customer' || i || '@example.com',
       CASE WHEN i % 10 < 6 THEN 'DE' ELSE 'C' || (i % 37) END,
       (CASE WHEN i % 20 = 0 THEN 'enterprise' WHEN i % 4 = 0 THEN 'pro' ELSE 'free' END)::tier,
       md5(i::text)::uuid, ARRAY['tag' || (i % 7)], jsonb_build_object('newsletter', i % 2 = 0),
       CASE WHEN i % 10 < 3 THEN 'PC-10115' ELSE 'PC-' || (i % 3000) END
FROM generate_series(1, ${customers}) i;
CREATE INDEX customers_lower_email_idx ON customers (lower(email));
CREATE TABLE orders (
  id bigint NOT NULL, customer_id bigint NOT NULL, status text NOT NULL, total numeric(10,2),
  created_at timestamptz NOT NULL, delivery tstzrange) PARTITION BY RANGE (created_at);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO orders
SELECT i, CASE WHEN i % 5 = 0 THEN 1 + i % 10 ELSE 1 + (i * 7919) % ${customers} END,
       CASE WHEN i % 100 = 0 THEN 'pending' WHEN i % 10 = 1 THEN 'cancelled' WHEN i % 3 = 0 THEN 'shipped' ELSE 'delivered' END,
       (i % 1000) / 10.0, timestamptz '2025-01-01' + (i % 700) * interval '1 day',
       tstzrange(timestamptz '2025-01-02' + (i % 700) * interval '1 day', timestamptz '2025-01-05' + (i % 700) * interval '1 day')
FROM generate_series(1, ${orders}) i;
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE STATISTICS customers_country_tier (ndistinct, dependencies, mcv) ON country, tier FROM customers;
CREATE STATISTICS customers_country_postcode (mcv) ON country, postcode FROM customers;
${major >= 14 ? 'CREATE STATISTICS customers_lower_email ON lower(email), country FROM customers;' : ''}
CREATE MATERIALIZED VIEW customers_per_country AS SELECT country, count(*) AS n FROM customers GROUP BY country;
`;
}
