"""Barcode reading (photos, camera) and tag rendering/printing. No Qt here; the camera view lives in gui."""
