-- The access log needs no primary key: nothing reads an event by id (it is read by tenant, customer and time, through
-- access_event_customer), and the (id, at) key was one more index to maintain for every row COPY writes. The id
-- column stays, so an event keeps a stable number.
ALTER TABLE access_event DROP CONSTRAINT access_event_pkey;
