-- wrk script: POST one SMS per request as the built-in demo administrator (sid:token).
--   restcomm-sim --ledger /tmp/ledger.jsonl   # prints the port on its first line
--   wrk -t1 -c50 -d10s -s tests/sim/wrk-post.lua --latency \
--     http://127.0.0.1:PORT/restcomm/2012-04-24/Accounts/ACae6e420f425248d6a26948c17a9e2acf/SMS/Messages.json
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Basic QUNhZTZlNDIwZjQyNTI0OGQ2YTI2OTQ4YzE3YTllMmFjZjo3N2Y4YzEyY2M3YjhmODQyM2U1YzM4YjAzNTI0OTE2Ng=="
wrk.body = "From=%2B15550001111&To=%2B351912345678&Body=ol%C3%A1%20%E2%82%AC"
