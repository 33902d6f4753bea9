#!/bin/sh
# registers the connectors with Kafka Connect's REST API
for f in "$(dirname "$0")"/*.json; do
  curl -s -X POST -H 'Content-Type: application/json' --data @"$f" http://localhost:8083/connectors
done
