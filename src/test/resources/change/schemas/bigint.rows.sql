-- Deterministic rows for bigint.sql: 200 customers, 50 products, 500 orders, 1000 order items, 300 events.
INSERT INTO customers (id, name, email, created_at) OVERRIDING SYSTEM VALUE
SELECT g, 'Customer ' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 'c' || g || '@example.com' END,
       timestamptz '2026-01-01 00:00+00' + g * interval '1 hour'
FROM generate_series(1, 200) g;
SELECT setval(pg_get_serial_sequence('customers', 'id'), 200);
INSERT INTO products (id, sku, name, price, stock)
SELECT g, 'SKU-' || g, 'Product ' || g, (g * 1.25)::numeric(10,2), g % 17 FROM generate_series(1, 50) g;
SELECT setval(pg_get_serial_sequence('products', 'id'), 50);
INSERT INTO orders (id, customer_id, status, total, placed_at) OVERRIDING SYSTEM VALUE
SELECT g, g % 200 + 1, CASE WHEN g % 3 = 0 THEN 'shipped' ELSE 'pending' END, (g * 3.5)::numeric(10,2),
       timestamptz '2026-02-01 00:00+00' + g * interval '1 minute'
FROM generate_series(1, 500) g;
SELECT setval(pg_get_serial_sequence('orders', 'id'), 500);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price)
SELECT g % 500 + 1, g / 500 + 1, g % 50 + 1, g % 9 + 1, (g % 50 + 1) * 1.25 FROM generate_series(0, 999) g;
INSERT INTO events (kind, payload, occurred_at)
SELECT 'kind' || (g % 5), jsonb_build_object('n', g), timestamptz '2026-03-01 00:00+00' + g * interval '1 second'
FROM generate_series(1, 300) g;
