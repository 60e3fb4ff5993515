"""`zqdesk-cli`, the administrators' and scripting command line."""
