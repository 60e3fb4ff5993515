"""Small reusable widgets: charts drawn with QPainter, badges, banners."""
