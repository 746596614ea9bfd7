import { HttpClient, HttpResponse } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

function fileName(response: HttpResponse<Blob>, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/**
 * Downloads a protected file: fetched through HttpClient so the bearer token goes with it, then handed
 * to the browser as a temporary link.
 */
export async function saveFile(http: HttpClient, url: string, fallbackName: string): Promise<void> {
  const response = await firstValueFrom(http.get(url, { observe: 'response', responseType: 'blob' }));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(response.body ?? new Blob());
  link.download = fileName(response, fallbackName);
  link.click();
  URL.revokeObjectURL(link.href);
}
