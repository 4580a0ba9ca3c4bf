# Production image: gunicorn + whitenoise, PostgreSQL via DATABASE_URL.
#   docker build -t reform-portal .
#   docker run -e DJANGO_SECRET_KEY=... -e DATABASE_URL=postgres://... -e DJANGO_ALLOWED_HOSTS=cchc.example.gov.vn \
#              -e DJANGO_BEHIND_TLS_PROXY=1 -p 8000:8000 reform-portal   # behind a proxy that ends TLS
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libcairo2 fonts-liberation2 gettext \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN DJANGO_SECRET_KEY=build DJANGO_DEBUG=0 python manage.py compilemessages --ignore=.venv \
 && DJANGO_SECRET_KEY=build python manage.py collectstatic --noinput

ENV PYTHONUNBUFFERED=1
RUN useradd --create-home portal && mkdir -p /app/media && chown portal /app/media
USER portal
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && gunicorn reform_portal.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3} --timeout 120"]
