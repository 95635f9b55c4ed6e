"""The pure core: places, claims, status, alerts, presentation. No I/O library, no clock."""
