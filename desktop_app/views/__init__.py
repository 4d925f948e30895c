"""The Qt views: windows, dialogs, item models."""
