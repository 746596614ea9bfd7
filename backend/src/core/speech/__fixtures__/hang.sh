#!/bin/sh
# Stands in for a program that hangs: the synthesizer must kill it at its timeout.
exec sleep 30
