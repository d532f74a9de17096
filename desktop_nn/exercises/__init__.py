"""Exercises: questions made from the live network, a student's typed answers read and checked,
exercise sets a seed makes reproducible, and worksheets to take home (no Qt here)."""
